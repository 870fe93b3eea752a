# A-XDR data decoder (core/protocol/dlms/axdr): decode, re-encode, decode again.
omt_add_fuzzer(axdr fuzz_axdr.cpp)
