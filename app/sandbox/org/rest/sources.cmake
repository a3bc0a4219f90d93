target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/api_router.cpp
    ${CMAKE_CURRENT_LIST_DIR}/api_usage_recording.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_log_file_endpoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/collection_endpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/composite_endpoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/data_call.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identity_endpoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/oauth_endpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/query_cursors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/query_endpoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/record_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/save_rules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sobject_endpoints.cpp)
