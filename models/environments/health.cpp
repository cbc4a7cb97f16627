#include "health.h"

namespace Atrium {

namespace {
// Argo CD's application health takes the worst of its resources in this order (gitops-engine health.go,
// healthOrder).
int severity(Health health)
{
    switch (health) {
    case Health::Healthy:
        return 0;
    case Health::Suspended:
        return 1;
    case Health::Progressing:
        return 2;
    case Health::Missing:
        return 3;
    case Health::Degraded:
        return 4;
    case Health::Unknown:
        return 5;
    }
    return 5;
}
} // namespace

QString healthWord(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QStringLiteral("healthy");
    case Health::Suspended:
        return QStringLiteral("suspended");
    case Health::Progressing:
        return QStringLiteral("progressing");
    case Health::Missing:
        return QStringLiteral("missing");
    case Health::Unknown:
        return QStringLiteral("unknown");
    case Health::Degraded:
        return QStringLiteral("degraded");
    }
    return QStringLiteral("unknown");
}

Health healthFromWord(QStringView word)
{
    for (const Health health : { Health::Healthy, Health::Suspended, Health::Progressing, Health::Missing,
                                 Health::Unknown, Health::Degraded }) {
        if (word.compare(healthWord(health), Qt::CaseInsensitive) == 0)
            return health;
    }
    return Health::Unknown;
}

Health worseHealth(Health a, Health b)
{
    return severity(a) >= severity(b) ? a : b;
}

} // namespace Atrium
