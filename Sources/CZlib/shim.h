#include <zlib.h>

// deflateInit2 and inflateInit2 are macros over functions taking the version and struct size: wrapped so
// Swift can call them. Negative window bits: raw deflate, as zip entries store it.
static inline int spbe_deflate_init_raw(z_streamp stream) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

static inline int spbe_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
