#ifndef BAOCAO_CCRYPTO_SHIM_H
#define BAOCAO_CCRYPTO_SHIM_H
// OpenSSL's libcrypto, for the SHA-256 sums of batch manifests.
#include <openssl/evp.h>
#endif
