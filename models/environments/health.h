#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Atrium {

/// Argo CD's health words.
enum class Health { Healthy, Suspended, Progressing, Missing, Degraded, Unknown };

/// Lower-case word as Argo CD shows it: healthy, progressing, degraded, suspended, missing, unknown.
QString healthWord(Health health);
/// The word in any case (Argo CD's API writes "Healthy"); Unknown for anything else.
Health healthFromWord(QStringView word);
/// The worse of the two, for the health of several objects together, in Argo CD's order (gitops-engine
/// `healthOrder`): healthy < suspended < progressing < missing < degraded < unknown.
Health worseHealth(Health a, Health b);

/// A health with the reason for it, as Argo CD words it.
struct HealthStatus {
    Health health = Health::Unknown;
    QString message;

    friend bool operator==(const HealthStatus&, const HealthStatus&) = default;
};

} // namespace Atrium
