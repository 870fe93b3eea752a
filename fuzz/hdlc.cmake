# HDLC (IEC 62056-46): the streaming deframer with codec round trip, and the link engine fed
# arbitrary line bytes in both roles.
omt_add_fuzzer(hdlc_deframer fuzz_hdlc_deframer.cpp)
omt_add_fuzzer(hdlc_station fuzz_hdlc_station.cpp)
