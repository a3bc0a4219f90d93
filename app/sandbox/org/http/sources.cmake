target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ordered_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/salesforce_error.cpp)
