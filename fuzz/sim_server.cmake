# The COSEM server engine of the virtual meters (sim/server): successive request APDUs into a
# ServerAssociation, with and without a prior public-client AARQ.
omt_add_fuzzer(sim_server fuzz_sim_server.cpp)
target_link_libraries(fuzz_sim_server PRIVATE omt_sim_server)
