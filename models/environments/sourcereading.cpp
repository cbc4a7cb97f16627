#include "sourcereading.h"

namespace Atrium {

HealthStatus HealthProbeVerdict::judge(int httpStatus, qint64 latencyMs, const QString& networkError, bool hostNotFound)
{
    if (httpStatus == 0) {
        if (hostNotFound)
            return { Health::Missing, tr("Host not found: %1").arg(networkError) };
        return { Health::Degraded, tr("No answer: %1").arg(networkError) };
    }
    const Health health = httpStatus >= 200 && httpStatus < 400 ? Health::Healthy : Health::Degraded;
    return { health, tr("HTTP %1 in %2 ms").arg(httpStatus).arg(latencyMs) };
}

} // namespace Atrium
