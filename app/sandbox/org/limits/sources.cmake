# Sources of this part of the org.
target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/daily_allocation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/limits_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/org_clock.cpp)
