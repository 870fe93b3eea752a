# The virtual meter's line endpoint (sim/endpoint): sign-on, HDLC, wrapper and faults driven by
# arbitrary bytes and timer expiries; with mode bit 5 a real virtual meter whose state file must
# always load back.
omt_add_fuzzer(sim_endpoint fuzz_sim_endpoint.cpp)
target_link_libraries(fuzz_sim_endpoint PRIVATE omt_sim_endpoint omt_sim_meters)
