// The commit a release binary was built from: scripts/release.sh passes -Xcc -DSPBE_BUILD_COMMIT="<id>".
// A build without it (a developer's, CI's) names no commit.
#ifndef SPBE_BUILD_COMMIT
#define SPBE_BUILD_COMMIT ""
#endif

static inline const char *spbe_build_commit(void) { return SPBE_BUILD_COMMIT; }
