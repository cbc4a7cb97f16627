#pragma once

// Builds CatalogSnapshots by hand for the index and model tests (the loader is tested on its own): from
// tests/data/index/catalog.json, or from a compact list in the test itself.

#include "catalog/catalogsnapshot.h"
#include "catalog/entityref.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace IndexFixture {

inline Atrium::EntityRecord entityFrom(QJsonObject object)
{
    Atrium::EntityRecord entity;
    entity.hasErrors = object.take(QLatin1String("hasErrors")).toBool();
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    if (!metadata.contains(QLatin1String("namespace")))
        metadata.insert(QLatin1String("namespace"), QStringLiteral("default"));
    object.insert(QLatin1String("metadata"), metadata);
    object.insert(QLatin1String("apiVersion"), QStringLiteral("backstage.io/v1alpha1"));
    entity.setData(object);
    entity.ref = Atrium::EntityRef::canonical(entity.kind(), entity.ns(), entity.name());
    entity.file = QStringLiteral("/repo/catalog-info.yaml");
    return entity;
}

inline Atrium::CatalogSnapshotPtr snapshotFrom(const QJsonObject& root)
{
    auto snapshot = std::make_shared<Atrium::CatalogSnapshot>();
    const QJsonArray entities = root.value(QLatin1String("entities")).toArray();
    Atrium::EntityStoreBuilder builder;
    for (const QJsonValue& value : entities)
        builder.append(entityFrom(value.toObject()));
    snapshot->entities = builder.finish();
    const QJsonArray problems = root.value(QLatin1String("problems")).toArray();
    for (const QJsonValue& value : problems) {
        const QJsonObject object = value.toObject();
        Atrium::Problem problem;
        problem.file = object.value(QLatin1String("file")).toString();
        problem.line = object.value(QLatin1String("line")).toInt();
        problem.column = object.value(QLatin1String("column")).toInt();
        problem.severity = object.value(QLatin1String("severity")).toString() == QLatin1String("warning")
            ? Atrium::Problem::Severity::Warning
            : Atrium::Problem::Severity::Error;
        problem.entityRef = object.value(QLatin1String("entityRef")).toString();
        problem.message = object.value(QLatin1String("message")).toString();
        snapshot->problems.append(problem);
    }
    return snapshot;
}

/// tests/data/index/<name>, parsed; fails the calling test when unreadable.
inline Atrium::CatalogSnapshotPtr loadSnapshot(const QString& name = QStringLiteral("catalog.json"))
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/index/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open ") + file.fileName()), __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        QTest::qFail(qPrintable(error.errorString()), __FILE__, __LINE__);
        return {};
    }
    return snapshotFrom(document.object());
}

} // namespace IndexFixture
