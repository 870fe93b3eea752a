# COSEM attribute views (core/protocol/cosem): A-XDR bytes -> Data -> every fromData / setAttribute,
# whose success must give back an equal Data.
omt_add_fuzzer(cosem_views fuzz_cosem_views.cpp)
