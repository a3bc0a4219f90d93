target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/object_description.cpp
    ${CMAKE_CURRENT_LIST_DIR}/field_description.cpp
    ${CMAKE_CURRENT_LIST_DIR}/standard_fields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/standard_objects_people.cpp
    ${CMAKE_CURRENT_LIST_DIR}/standard_objects_sales.cpp
    ${CMAKE_CURRENT_LIST_DIR}/standard_objects_activity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/standard_schema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/describe_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/describe_field_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_log_file_object.cpp
    ${CMAKE_CURRENT_LIST_DIR}/field_value.cpp)
