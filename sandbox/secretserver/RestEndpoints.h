#pragma once

// The REST endpoint areas RestService routes to; one file per area. Each takes the call with
// call.segments starting at the area name ("folders", "5", ...).
#include "secretserver/RestCall.h"

namespace sandbox::rest {

HttpReply folders(RestCall &call); // RestFolders.cpp
HttpReply folderPermissions(RestCall &call); // RestFolderPermissions.cpp
HttpReply secrets(RestCall &call); // RestSecrets.cpp
HttpReply secretActions(RestCall &call); // RestSecretActions.cpp (/secrets/{id}/<action>)
HttpReply secretPermissions(RestCall &call); // RestSecretPermissions.cpp
HttpReply secretTemplates(RestCall &call); // RestSecretPermissions.cpp
HttpReply users(RestCall &call); // RestDirectory.cpp
HttpReply groups(RestCall &call); // RestDirectory.cpp
HttpReply ipRestrictions(RestCall &call); // RestDirectory.cpp
HttpReply configuration(RestCall &call); // RestConfiguration.cpp

// Shared serializers (RestSecretJson.cpp).
QJsonObject secretSummary(const Estate &estate, const Secret &secret);
QJsonObject secretModel(const Estate &estate, const Secret &secret, bool withValues);
QJsonObject folderSummary(const Estate &estate, const Folder &folder);
HttpReply readRefused(const Estate &estate, const SecretRead &read);
HttpReply deleted(int id, const QString &objectType);

} // namespace sandbox::rest
