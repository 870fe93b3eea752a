# IEC 62056-21 (optical port) decoders.
omt_add_fuzzer(iec21_ident fuzz_iec21_ident.cpp)
omt_add_fuzzer(iec21_readout fuzz_iec21_readout.cpp)
omt_add_fuzzer(iec21_handshake fuzz_iec21_handshake.cpp)
omt_add_fuzzer(iec21_server fuzz_iec21_server.cpp)
