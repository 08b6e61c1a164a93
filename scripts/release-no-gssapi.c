/* libgit2 (as Debian builds it) offers Kerberos "Negotiate" authentication for HTTP remotes through GSSAPI,
 * which Debian ships only as a shared library. spbe never talks to a remote, so the release binary links these
 * stand-ins instead: every call fails as GSSAPI does when no mechanism is available, and libgit2 reports that
 * Negotiate is unavailable. They keep the binary free of libgssapi_krb5 and the Kerberos libraries behind it. */
#include <stddef.h>

typedef unsigned int OM_uint32;
#define GSS_S_COMPLETE 0u
#define GSS_S_FAILURE (13u << 16)

static OM_uint32 fail(OM_uint32 *minor) {
    if (minor) *minor = 0;
    return GSS_S_FAILURE;
}

static OM_uint32 done(OM_uint32 *minor) {
    if (minor) *minor = 0;
    return GSS_S_COMPLETE;
}

void *GSS_C_NT_HOSTBASED_SERVICE = NULL;

OM_uint32 gss_indicate_mechs(OM_uint32 *minor, void **mechs) {
    if (mechs) *mechs = NULL;
    return fail(minor);
}
OM_uint32 gss_import_name(OM_uint32 *minor, const void *name, const void *type, void **out) {
    (void)name; (void)type;
    if (out) *out = NULL;
    return fail(minor);
}
OM_uint32 gss_init_sec_context(OM_uint32 *minor, void *cred, void **context, void *target, void *mech,
    OM_uint32 flags, OM_uint32 time, void *bindings, void *input, void **actual, void *output,
    OM_uint32 *returned, OM_uint32 *valid) {
    (void)cred; (void)context; (void)target; (void)mech; (void)flags; (void)time; (void)bindings; (void)input;
    (void)actual; (void)output; (void)returned; (void)valid;
    return fail(minor);
}
OM_uint32 gss_display_status(OM_uint32 *minor, OM_uint32 status, int type, void *mech, OM_uint32 *more,
    void *text) {
    (void)status; (void)type; (void)mech; (void)text;
    if (more) *more = 0;
    return fail(minor);
}
OM_uint32 gss_release_buffer(OM_uint32 *minor, void *buffer) { (void)buffer; return done(minor); }
OM_uint32 gss_release_name(OM_uint32 *minor, void **name) { (void)name; return done(minor); }
OM_uint32 gss_release_oid_set(OM_uint32 *minor, void **set) { (void)set; return done(minor); }
OM_uint32 gss_delete_sec_context(OM_uint32 *minor, void **context, void *output) {
    (void)context; (void)output;
    return done(minor);
}
