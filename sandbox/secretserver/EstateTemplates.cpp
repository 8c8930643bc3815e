// The secret templates every sandbox estate has, with Secret Server's usual fields and slugs.
#include "secretserver/EstateData.h"

namespace sandbox {

namespace {

struct FieldSpec
{
    const char *slug;
    const char *displayName;
    const char *description;
    bool isPassword;
    bool isNotes;
    bool isRequired;
    bool isFile;
};

SecretTemplate makeTemplate(int id, const char *name, int passwordTypeId,
                            std::initializer_list<FieldSpec> specs)
{
    SecretTemplate result;
    result.id = id;
    result.name = QString::fromLatin1(name);
    result.passwordTypeId = passwordTypeId;
    int order = 0;
    for (const FieldSpec &spec : specs) {
        TemplateField field;
        field.id = id * 10 + order + 1; // stable field ids per template
        field.slug = QString::fromLatin1(spec.slug);
        field.displayName = QString::fromLatin1(spec.displayName);
        field.description = QString::fromLatin1(spec.description);
        field.isPassword = spec.isPassword;
        field.isNotes = spec.isNotes;
        field.isRequired = spec.isRequired;
        field.isFile = spec.isFile;
        field.sortOrder = ++order;
        result.fields.append(field);
    }
    return result;
}

} // namespace

QList<SecretTemplate> builtInTemplates()
{
    const FieldSpec notes { "notes", "Notes", "Any additional notes.", false, true, false, false };
    return {
        makeTemplate(
                6001, "Active Directory Account", 1,
                { { "domain", "Domain", "The Active Directory domain.", false, false, true, false },
                  { "username", "Username", "The account name.", false, false, true, false },
                  { "password", "Password", "The account password.", true, false, true, false },
                  notes }),
        makeTemplate(
                6003, "Windows Account", 2,
                { { "machine", "Machine", "The server or host name.", false, false, true, false },
                  { "username", "Username", "The local account name.", false, false, true, false },
                  { "password", "Password", "The account password.", true, false, true, false },
                  notes }),
        makeTemplate(
                6007, "Unix Account (SSH)", 3,
                { { "machine", "Machine", "The host name or address.", false, false, true, false },
                  { "username", "Username", "The account name.", false, false, true, false },
                  { "password", "Password", "The account password.", true, false, false, false },
                  { "private-key", "Private Key", "An SSH private key.", false, false, false,
                    true },
                  { "private-key-passphrase", "Private Key Passphrase",
                    "The passphrase of the private key.", true, false, false, false },
                  notes }),
        makeTemplate(6010, "SQL Server Account", 4,
                     { { "server", "Server", "The SQL Server instance (host\\instance).", false,
                         false, true, false },
                       { "database", "Database", "The database to connect to.", false, false, false,
                         false },
                       { "username", "Username", "The SQL login.", false, false, true, false },
                       { "password", "Password", "The login password.", true, false, true, false },
                       notes }),
        makeTemplate(
                6012, "Oracle Account", 5,
                { { "server", "Server", "The database host.", false, false, true, false },
                  { "port", "Port", "The listener port.", false, false, false, false },
                  { "database", "Database", "The SID or service name.", false, false, true, false },
                  { "username", "Username", "The database user.", false, false, true, false },
                  { "password", "Password", "The user's password.", true, false, true, false },
                  notes }),
        makeTemplate(6013, "IBM DB2 Account", 6,
                     { { "server", "Server", "The database host.", false, false, true, false },
                       { "port", "Port", "The instance port.", false, false, false, false },
                       { "database", "Database", "The database name.", false, false, true, false },
                       { "username", "Username", "The database user.", false, false, true, false },
                       { "password", "Password", "The user's password.", true, false, true, false },
                       notes }),
    };
}

} // namespace sandbox
