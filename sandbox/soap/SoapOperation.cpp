#include "soap/SoapOperation.h"

namespace sandbox {

namespace {
constexpr QLatin1String String("s:string");
constexpr QLatin1String Int("s:int");
constexpr QLatin1String Boolean("s:boolean");

QList<SoapOperation> buildOperations()
{
    const SoapParameter token{QLatin1String("token"), String};
    const SoapParameter secretId{QLatin1String("secretId"), Int};
    const SoapParameter searchTerm{QLatin1String("searchTerm"), String};
    const SoapParameter includeDeleted{QLatin1String("includeDeleted"), Boolean};
    const SoapParameter includeRestricted{QLatin1String("includeRestricted"), Boolean};

    return {
        {QLatin1String("Authenticate"),
         {{QLatin1String("username"), String},
          {QLatin1String("password"), String},
          {QLatin1String("organization"), String},
          {QLatin1String("domain"), String}},
         QLatin1String("AuthenticateResult")},
        {QLatin1String("WhoAmI"), {token}, QLatin1String("WhoAmIResult")},
        {QLatin1String("GetTokenIsValid"), {token}, QLatin1String("TokenIsValidResult")},
        {QLatin1String("VersionGet"), {}, QLatin1String("VersionGetResult")},
        {QLatin1String("SearchSecrets"),
         {token, searchTerm, includeDeleted, includeRestricted},
         QLatin1String("SearchSecretsResult")},
        {QLatin1String("SearchSecretsByFolder"),
         {token,
          searchTerm,
          {QLatin1String("folderId"), Int},
          {QLatin1String("includeSubFolders"), Boolean},
          includeDeleted,
          includeRestricted},
         QLatin1String("SearchSecretsResult")},
        {QLatin1String("GetSecret"),
         {token,
          secretId,
          {QLatin1String("loadSettingsAndPermissions"), Boolean},
          {QLatin1String("codeResponses"), QLatin1String("tns:ArrayOfCodeResponse")}},
         QLatin1String("GetSecretResult")},
        {QLatin1String("GetCheckOutStatus"), {token, secretId},
         QLatin1String("GetCheckOutStatusResult")},
        {QLatin1String("CheckIn"), {token, secretId}, QLatin1String("WebServiceResult")},
    };
}
} // namespace

const QList<SoapOperation> &SoapOperation::all()
{
    static const QList<SoapOperation> operations = buildOperations();
    return operations;
}

const SoapOperation *SoapOperation::find(QStringView name)
{
    for (const SoapOperation &operation : all()) {
        if (name == operation.name)
            return &operation;
    }
    return nullptr;
}

} // namespace sandbox
