# The SOQL engine: lexer -> syntax parser -> binder (schema checks) -> executor.
target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/soql_binder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_condition_evaluator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_error.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_executor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_key_filter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_lexer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_literals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_query.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_record_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/soql_syntax_parser.cpp)
