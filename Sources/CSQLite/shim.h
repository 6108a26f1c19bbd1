#ifndef BAOCAO_CSQLITE_SHIM_H
#define BAOCAO_CSQLITE_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro over a cast Swift cannot import.
static inline sqlite3_destructor_type baocao_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

// SQLite counts every allocation for sqlite3_status() under a global mutex,
// which the threads of a batch contend for; baocao reads no such statistic.
// Takes effect only before SQLite is first used (else SQLITE_MISUSE, harmless).
static inline int baocao_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
