#include "secretserver/SecretTemplate.h"

#include "secretserver/JsonRead.h"

namespace secretserver {

SecretTemplateField SecretTemplateField::fromJson(const QJsonObject &object)
{
    SecretTemplateField field;
    field.id = json::integer(object, QStringLiteral("secretTemplateFieldId"));
    field.name = json::string(object, QStringLiteral("name"));
    field.displayName = json::string(object, QStringLiteral("displayName"));
    field.slug = json::string(object, QStringLiteral("fieldSlugName"));
    field.description = json::string(object, QStringLiteral("description"));
    field.isPassword = json::boolean(object, QStringLiteral("isPassword"));
    field.isRequired = json::boolean(object, QStringLiteral("isRequired"));
    field.isNotes = json::boolean(object, QStringLiteral("isNotes"));
    field.isFile = json::boolean(object, QStringLiteral("isFile"));
    field.isUrl = json::boolean(object, QStringLiteral("isUrl"));
    field.sortOrder = json::integer(object, QStringLiteral("sortOrder"));
    if (field.displayName.isEmpty())
        field.displayName = field.name;
    return field;
}

SecretTemplate SecretTemplate::fromJson(const QJsonObject &object)
{
    SecretTemplate secretTemplate;
    secretTemplate.id = json::integer(object, QStringLiteral("id"));
    secretTemplate.name = json::string(object, QStringLiteral("name"));
    secretTemplate.active = json::boolean(object, QStringLiteral("active"), true);
    secretTemplate.passwordTypeId = json::integer(object, QStringLiteral("passwordTypeId"));
    secretTemplate.secretCount = json::integer(object, QStringLiteral("secretCount"));

    const QJsonArray fields = json::array(object, QStringLiteral("fields"));
    for (const QJsonValue &field : fields) {
        if (field.isObject())
            secretTemplate.fields.append(SecretTemplateField::fromJson(field.toObject()));
    }
    return secretTemplate;
}

} // namespace secretserver
