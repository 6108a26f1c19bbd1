#ifndef BAOCAO_CSPAWN_SHIM_H
#define BAOCAO_CSPAWN_SHIM_H
#include <spawn.h>

// glibc (2.29+) has it, but declares it only under _GNU_SOURCE, which Swift's
// Glibc module is built without: the child starts in its plugin's folder.
extern int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *__restrict actions,
                                                const char *__restrict path);

// Also _GNU_SOURCE only: a pipe whose ends no other child inherits, made in one step.
extern int pipe2(int pipefd[2], int flags);
#endif
