# xDLMS / ACSE APDU decoders (core/protocol/dlms/apdu).
omt_add_fuzzer(apdu_xdlms fuzz_apdu_xdlms.cpp)
omt_add_fuzzer(apdu_acse fuzz_apdu_acse.cpp)
