#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace secretserver {

// One field of a secret template.
struct SecretTemplateField
{
    int id = 0;
    QString name;
    QString displayName;
    QString slug;
    QString description;
    bool isPassword = false;
    bool isRequired = false;
    bool isNotes = false;
    bool isFile = false;
    bool isUrl = false;
    int sortOrder = 0;

    static SecretTemplateField fromJson(const QJsonObject &json);
};

// A secret template (Windows Account, Unix Account (SSH)...). fields is filled only by
// RestClient::secretTemplate(); searches return the summary part.
struct SecretTemplate
{
    int id = 0;
    QString name;
    bool active = true;
    int passwordTypeId = 0;
    int secretCount = 0;
    QList<SecretTemplateField> fields;

    static SecretTemplate fromJson(const QJsonObject &json);
};

} // namespace secretserver
