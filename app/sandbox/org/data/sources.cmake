target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/case_insensitive_key.cpp
    ${CMAKE_CURRENT_LIST_DIR}/external_id_index.cpp
    ${CMAKE_CURRENT_LIST_DIR}/record_store.cpp
    ${CMAKE_CURRENT_LIST_DIR}/record_store_lookups.cpp
    ${CMAKE_CURRENT_LIST_DIR}/salesforce_id.cpp
    ${CMAKE_CURRENT_LIST_DIR}/state_file.cpp)
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/seed_sources.cmake)
    include(${CMAKE_CURRENT_LIST_DIR}/seed_sources.cmake)
endif()
