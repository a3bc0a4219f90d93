# Sources of this part of the org.
target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/crm_operations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/crm_users.cpp
    ${CMAKE_CURRENT_LIST_DIR}/named_integration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/other_integrations.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plausible_field_values.cpp
    ${CMAKE_CURRENT_LIST_DIR}/working_day_shape.cpp)
