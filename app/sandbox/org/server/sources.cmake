target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bulk_controls.cpp
    ${CMAKE_CURRENT_LIST_DIR}/command_line.cpp
    ${CMAKE_CURRENT_LIST_DIR}/control_endpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_log_controls.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fault_plan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/random_faults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/real_org_controls.cpp
    ${CMAKE_CURRENT_LIST_DIR}/request_log.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sandbox_http_server.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sandbox_org.cpp)
