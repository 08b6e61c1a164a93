#ifndef SPBE_CGIT2_SHIM_H
#define SPBE_CGIT2_SHIM_H

#include <git2.h>

/* git_libgit2_opts is variadic and cannot be called from Swift: one wrapper per option. */

static inline int spbe_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

static inline int spbe_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

#endif
