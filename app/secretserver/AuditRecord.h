#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace secretserver {

// One line of a secret audit or a user audit (reference §9); fields the kind of audit does
// not have stay empty.
struct AuditRecord
{
    int id = 0;
    QString action;           // e.g. VIEW, CHECKOUT, LOGIN (server's own words)
    QString actionForDisplay;
    QString userName;         // who did it
    QString displayName;
    QDateTime date;
    QString notes;
    QString ipAddress;
    QString machineName;
    int userId = 0;
    QString displayNameAffected; // user audit: the user acted upon

    static AuditRecord fromJson(const QJsonObject &json);
};

} // namespace secretserver
