target_sources(syncdesk-sandbox-org PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bulk_csv.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bulk_job.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bulk_jobs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bulk_limits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ingest_batch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/job_call_route.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ingest_job_endpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/job_info_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/query_job_endpoints.cpp
    ${CMAKE_CURRENT_LIST_DIR}/query_job_runner.cpp)
