-- Run by .ci/virtuoso once the fresh database answers: a user who may read but not write, so that
-- the tests see the store refuse a push with 403 (the authenticated Graph Store endpoint needs
-- SPARQL_UPDATE, which only dba has here).
DB.DBA.USER_CREATE('reader', 'reader');
GRANT SPARQL_SELECT TO "reader";
