#include "relationdirection.h"

namespace Atrium {

using namespace Qt::StringLiterals;

namespace {

struct RelationPair {
    QLatin1StringView canonical;
    QLatin1StringView reverse;
};

// The pairs BuiltinKindsEntityProcessor emits (see catalog/builtinrelations.cpp).
constexpr RelationPair relationPairs[] = {
    { "ownedBy"_L1, "ownerOf"_L1 },           { "partOf"_L1, "hasPart"_L1 },
    { "dependsOn"_L1, "dependencyOf"_L1 },    { "providesApi"_L1, "apiProvidedBy"_L1 },
    { "consumesApi"_L1, "apiConsumedBy"_L1 }, { "memberOf"_L1, "hasMember"_L1 },
    { "childOf"_L1, "parentOf"_L1 },
};

} // namespace

RelationDirection RelationDirection::of(QStringView type)
{
    for (const RelationPair& pair : relationPairs) {
        if (type == pair.canonical)
            return { pair.canonical, false };
        if (type == pair.reverse)
            return { pair.canonical, true };
    }
    return { type.toString(), false };
}

} // namespace Atrium
