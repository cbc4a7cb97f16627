#pragma once

// The synthetic catalog the benchmarks measure: compound names from a few hundred domain words, made-up words in
// descriptions, teams, systems and tags, seeded so every run sees the same entities. Header-only so that each
// benchmark stays one source file linked against atrium_models.

#include "catalog/catalogsnapshot.h"
#include "catalog/entityref.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace SyntheticCatalog {

using namespace Atrium;

inline const char* const kDomainWords[] = {
    "payment",   "checkout",  "billing",  "invoice",      "user",           "account",
    "auth",      "login",     "session",  "profile",      "inventory",      "stock",
    "warehouse", "shipping",  "delivery", "order",        "cart",           "catalog",
    "product",   "pricing",   "search",   "index",        "recommendation", "analytics",
    "metrics",   "logging",   "tracing",  "alerting",     "notification",   "email",
    "sms",       "push",      "gateway",  "proxy",        "router",         "scheduler",
    "queue",     "stream",    "event",    "audit",        "compliance",     "fraud",
    "risk",      "ledger",    "wallet",   "subscription", "plan",           "coupon",
    "loyalty",   "review",    "rating",   "media",        "image",          "video",
    "upload",    "storage",   "backup",   "archive",      "export",         "import",
    "report",    "dashboard", "admin",    "support",      "ticket",         "chat",
    "feedback",  "survey",    "content",  "cms",          "translation",    "geo",
    "maps",      "weather",   "calendar", "booking",      "reservation",    "partner",
    "vendor",    "supplier",  "tax",
};
inline const char* const kSuffixes[]
    = { "service", "api", "gateway", "worker", "ui",    "db",     "cache", "adapter", "sync",
        "job",     "bff", "proxy",   "engine", "store", "client", "sdk",   "cli",     "portal" };
inline const char* const kTypes[] = { "service", "website", "library", "documentation", "tool", "database", "queue" };
inline const char* const kLifecycles[] = { "production", "experimental", "deprecated" };
inline const char* const kFiller[]
    = { "the",      "for",      "and",      "with",   "that",    "handles", "provides", "manages",    "exposes",
        "internal", "external", "customer", "legacy", "new",     "fast",    "secure",   "reliable",   "scalable",
        "batch",    "realtime", "requests", "data",   "records", "events",  "traffic",  "production", "staging",
        "platform", "team",     "owned",    "by",     "backend", "frontend" };

template <size_t N> inline QString pick(QRandomGenerator& rng, const char* const (&list)[N])
{
    return QLatin1String(list[rng.bounded(int(N))]);
}

// Made-up words so the vocabulary is not just a few hundred entries (real descriptions are diverse).
inline QString syntheticWord(QRandomGenerator& rng)
{
    static const char* const syllables[] = { "ka", "lo", "mi", "ren", "to", "sa",  "vel", "dor", "qui", "zen",
                                             "ar", "is", "on", "ex",  "ul", "tri", "po",  "ne",  "ga",  "fi" };
    QString word;
    const int count = 2 + rng.bounded(3);
    for (int i = 0; i < count; ++i)
        word += QLatin1String(syllables[rng.bounded(20)]);
    return word;
}

inline CatalogSnapshotPtr makeSnapshot(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    auto snapshot = std::make_shared<CatalogSnapshot>();
    QStringList synthetic;
    for (int i = 0; i < 4000; ++i)
        synthetic.append(syntheticWord(rng));
    QStringList tags;
    for (int i = 0; i < 300; ++i)
        tags.append(i < 80 ? QString(QLatin1String(kDomainWords[i]))
                           : synthetic.at(i) % QLatin1Char('-') % QString::number(i));
    tags << QStringLiteral("production") << QStringLiteral("java") << QStringLiteral("go") << QStringLiteral("python")
         << QStringLiteral("typescript") << QStringLiteral("pci");
    QStringList teams;
    for (int i = 0; i < 600; ++i)
        teams.append(QStringLiteral("team-") % pick(rng, kDomainWords) % QLatin1Char('-') % QString::number(i));
    QStringList systems;
    for (int i = 0; i < 2500; ++i)
        systems.append(pick(rng, kDomainWords) % QLatin1Char('-') % synthetic.at(i));

    EntityStoreBuilder builder(count);
    for (int i = 0; i < count; ++i) {
        const QString domain = pick(rng, kDomainWords);
        const QString suffix = pick(rng, kSuffixes);
        const QString name = domain % QLatin1Char('-') % suffix % QLatin1Char('-') % QString::number(i);
        const int roll = rng.bounded(100);
        const QString kind = roll < 70 ? QStringLiteral("Component")
            : roll < 85                ? QStringLiteral("API")
            : roll < 97                ? QStringLiteral("Resource")
                                       : QStringLiteral("System");
        QStringList words;
        const int length = 6 + rng.bounded(14);
        for (int w = 0; w < length; ++w) {
            const int r = rng.bounded(10);
            words.append(r < 5       ? pick(rng, kFiller)
                             : r < 8 ? pick(rng, kDomainWords)
                                     : synthetic.at(rng.bounded(4000)));
        }
        QJsonArray entityTags;
        const int tagCount = rng.bounded(5);
        for (int t = 0; t < tagCount; ++t)
            entityTags.append(tags.at(rng.bounded(int(tags.size()))));
        const QString team = teams.at(rng.bounded(int(teams.size())));
        const QString ns = rng.bounded(10) == 0 ? QStringLiteral("ops") : QStringLiteral("default");
        QJsonObject metadata { { QLatin1String("name"), name },
                               { QLatin1String("namespace"), ns },
                               { QLatin1String("description"), words.join(QLatin1Char(' ')) },
                               { QLatin1String("tags"), entityTags } };
        if (rng.bounded(3) == 0)
            metadata.insert(QLatin1String("title"),
                            QString(domain % QLatin1Char(' ') % suffix % QLatin1Char(' ') % QString::number(i)));
        QJsonObject spec { { QLatin1String("type"), pick(rng, kTypes) },
                           { QLatin1String("lifecycle"), pick(rng, kLifecycles) },
                           { QLatin1String("owner"),
                             rng.bounded(4) == 0 ? QStringLiteral("group:default/") % team : team },
                           { QLatin1String("system"), systems.at(rng.bounded(int(systems.size()))) } };
        EntityRecord entity;
        entity.setData(QJsonObject { { QLatin1String("apiVersion"), QLatin1String("backstage.io/v1alpha1") },
                                     { QLatin1String("kind"), kind },
                                     { QLatin1String("metadata"), metadata },
                                     { QLatin1String("spec"), spec } });
        entity.ref = EntityRef::canonical(kind, ns, name);
        entity.hasErrors = rng.bounded(200) == 0;
        builder.append(std::move(entity));
    }
    snapshot->entities = builder.finish();
    return snapshot;
}

// Words people type: whole domain words, partial words as they are being typed, filler, synthetic words.
inline QString queryWord(QRandomGenerator& rng)
{
    const int r = rng.bounded(10);
    QString word = r < 6 ? pick(rng, kDomainWords)
        : r < 8          ? pick(rng, kSuffixes)
        : r < 9          ? pick(rng, kLifecycles)
                         : pick(rng, kFiller);
    if (rng.bounded(3) == 0 && word.size() > 3)
        word.truncate(3 + rng.bounded(int(word.size()) - 3));
    if (rng.bounded(4) == 0)
        word = word.toUpper();
    return word;
}

} // namespace SyntheticCatalog
