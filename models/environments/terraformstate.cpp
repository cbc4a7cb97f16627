#include "terraformstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Atrium {

namespace {
QString printable(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == qint64(number) ? QString::number(qint64(number)) : QString::number(number, 'g', 17);
    }
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

TerraformStateFacts TerraformState::parse(const QByteArray& json)
{
    TerraformStateFacts facts;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        facts.health = { Health::Unknown, tr("The state is not JSON: %1").arg(error.errorString()) };
        return facts;
    }
    const QJsonObject root = document.object();
    const int version = root.value(QLatin1String("version")).toInt();
    if (version != 4) {
        facts.health
            = { Health::Unknown,
                tr("State format version %1 is not supported; Terraform 0.12 and later write version 4").arg(version) };
        return facts;
    }
    facts.serial = root.value(QLatin1String("serial")).toInt();
    facts.lineage = root.value(QLatin1String("lineage")).toString();
    facts.terraformVersion = root.value(QLatin1String("terraform_version")).toString();
    for (const QJsonValue& value : root.value(QLatin1String("resources")).toArray()) {
        const QJsonObject resource = value.toObject();
        if (resource.value(QLatin1String("mode")).toString() != QLatin1String("managed"))
            continue;
        const int instances = int(resource.value(QLatin1String("instances")).toArray().size());
        facts.resourcesByType[resource.value(QLatin1String("type")).toString()] += instances;
        facts.resourceCount += instances;
    }
    const QJsonObject outputs = root.value(QLatin1String("outputs")).toObject();
    for (auto it = outputs.constBegin(); it != outputs.constEnd(); ++it) {
        const QJsonObject output = it.value().toObject();
        const bool sensitive = output.value(QLatin1String("sensitive")).toBool();
        // Never shown, never kept: a sensitive output's value does not leave this function.
        facts.outputs.append(
            { it.key(),
              sensitive ? QStringLiteral("(sensitive value)") : printable(output.value(QLatin1String("value"))),
              sensitive });
    }
    facts.health = { Health::Healthy, QString() };
    return facts;
}

} // namespace Atrium
