#include "relationtypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Atrium::RelationTypes {

namespace {

// lupdate reads the context from here; the strings are in the .ts file under Atrium::RelationTypes.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Atrium::RelationTypes)
};

struct Known {
    QStringView type;
    const char* label;
};

// Backstage's built-in relation types (catalog-model `kinds/relations.ts`), in display order.
const std::array<Known, 18> kKnown { {
    { u"ownedBy", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Owned by") },
    { u"ownerOf", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Owner of") },
    { u"partOf", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Part of") },
    { u"hasPart", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Has part") },
    { u"providesApi", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Provides API") },
    { u"apiProvidedBy", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "API provided by") },
    { u"consumesApi", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Consumes API") },
    { u"apiConsumedBy", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "API consumed by") },
    { u"dependsOn", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Depends on") },
    { u"dependencyOf", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Dependency of") },
    { u"childOf", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Child of") },
    { u"parentOf", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Parent of") },
    { u"memberOf", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Member of") },
    { u"hasMember", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Has member") },
    { u"dependsOnComponent", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Depends on component") },
    { u"dependsOnResource", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Depends on resource") },
    { u"subdomainOf", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Subdomain of") },
    { u"hasSubdomain", QT_TRANSLATE_NOOP("Atrium::RelationTypes", "Has subdomain") },
} };

} // namespace

QString label(QStringView type)
{
    for (const Known& known : kKnown) {
        if (known.type == type)
            return Tr::tr(known.label);
    }
    QString words;
    for (const QChar c : type) {
        if (c.isUpper() && !words.isEmpty()) {
            words += QLatin1Char(' ');
            words += c.toLower();
        } else {
            words += words.isEmpty() ? c.toUpper() : c;
        }
    }
    return words;
}

int displayOrder(QStringView type)
{
    for (size_t i = 0; i < kKnown.size(); ++i) {
        if (kKnown[i].type == type)
            return int(i);
    }
    return int(kKnown.size());
}

} // namespace Atrium::RelationTypes
