omt_add_fuzzer(obis fuzz_obis.cpp)
