target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/oauth_service.cpp)
