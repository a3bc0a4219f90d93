# The org's ApiTotalUsage event log and the EventLogFile rows it publishes.
target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/api_usage_columns.cpp
    ${CMAKE_CURRENT_LIST_DIR}/api_usage_csv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/api_usage_log.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_log_files.cpp
    ${CMAKE_CURRENT_LIST_DIR}/publication_schedule.cpp)
