# Seeded data and record validation (owned by the schema part).
target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/record_validator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seed_data.cpp
    ${CMAKE_CURRENT_LIST_DIR}/seed_vocabulary.cpp)
