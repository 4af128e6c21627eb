#include "crypto/ProcessGuard.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace custos::crypto {

bool guardProcessSecrets()
{
    bool ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0 && ok;
    return ok;
}

bool processSecretsGuarded()
{
    rlimit core{};
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && getrlimit(RLIMIT_CORE, &core) == 0 && core.rlim_cur == 0;
}

} // namespace custos::crypto
