// libxcrypt (Debian's libcrypt): crypt_r and crypt_gensalt_rn verify and make bcrypt, yescrypt
// and SHA-crypt password hashes for ADMIN_USERS.
#include <crypt.h>
