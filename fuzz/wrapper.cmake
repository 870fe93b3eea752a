# The DLMS/COSEM TCP wrapper codec (core/protocol/wrapper): one-shot vs streaming, any chunking.
omt_add_fuzzer(wrapper fuzz_wrapper.cpp)
