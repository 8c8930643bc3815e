#include "soap/WsdlDocument.h"

#include "soap/SoapNames.h"
#include "soap/SoapOperation.h"

#include <QXmlStreamWriter>

namespace sandbox {

namespace {
QString wsdlNamespace()
{
    return QStringLiteral("http://schemas.xmlsoap.org/wsdl/");
}
QString wsdlSoapNamespace()
{
    return QStringLiteral("http://schemas.xmlsoap.org/wsdl/soap/");
}

// How a member of a complex type occurs: .NET writes value types with minOccurs="1",
// references with minOccurs="0", and nullable value types as nillable.
enum class Occurs { Value, Reference, NillableValue, Repeated };

struct SchemaField
{
    const char *name;
    const char *type;
    Occurs occurs;
};

struct SchemaType
{
    const char *name;
    QList<SchemaField> fields;
};

QList<SchemaType> schemaTypes()
{
    constexpr Occurs V = Occurs::Value;
    constexpr Occurs R = Occurs::Reference;
    constexpr Occurs N = Occurs::NillableValue;
    constexpr Occurs M = Occurs::Repeated;
    const SchemaField errors{"Errors", "tns:ArrayOfString", R};

    return {
        {"ArrayOfString", {{"string", "s:string", M}}},
        {"ArrayOfCodeResponse", {{"CodeResponse", "tns:CodeResponse", M}}},
        {"CodeResponse",
         {{"ErrorCode", "s:string", R},
          {"Comment", "s:string", R},
          {"AdditionalComment", "s:string", R},
          {"TicketSystemId", "s:int", N}}},
        {"WebServiceResult", {errors}},
        {"AuthenticateResult", {errors, {"Token", "s:string", R}}},
        {"TokenIsValidResult",
         {errors, {"MaxOfflineSeconds", "s:int", V}, {"Version", "s:string", R}}},
        {"VersionGetResult", {errors, {"Version", "s:string", R}}},
        {"WhoAmIResult",
         {errors,
          {"DisplayName", "s:string", R},
          {"UserName", "s:string", R},
          {"KnownAs", "s:string", R},
          {"UserId", "s:int", V},
          {"DomainId", "s:int", N},
          {"DomainName", "s:string", R}}},
        {"SearchSecretsResult", {errors, {"SecretSummaries", "tns:ArrayOfSecretSummary", R}}},
        {"ArrayOfSecretSummary", {{"SecretSummary", "tns:SecretSummary", M}}},
        {"SecretSummary",
         {{"SecretId", "s:int", V},
          {"SecretName", "s:string", R},
          {"SecretTypeName", "s:string", R},
          {"SecretTypeId", "s:int", V},
          {"FolderId", "s:int", V},
          {"IsRestricted", "s:boolean", V}}},
        {"GetSecretResult",
         {errors, {"SecretError", "tns:SecretError", R}, {"Secret", "tns:Secret", R}}},
        {"SecretError",
         {{"ErrorCode", "s:string", R},
          {"ErrorMessage", "s:string", R},
          {"AllowsResponse", "s:boolean", V},
          {"CommentTitle", "s:string", R},
          {"AdditionalCommentTitle", "s:string", R}}},
        {"Secret",
         {{"Name", "s:string", R},
          {"Items", "tns:ArrayOfSecretItem", R},
          {"Id", "s:int", N},
          {"SecretTypeId", "s:int", N},
          {"FolderId", "s:int", N},
          {"IsWebLauncher", "s:boolean", N},
          {"CheckOutMinutesRemaining", "s:int", N},
          {"IsCheckedOut", "s:boolean", N},
          {"CheckOutUserDisplayName", "s:string", R},
          {"CheckOutUserId", "s:int", N},
          {"IsOutOfSync", "s:boolean", N},
          {"IsRestricted", "s:boolean", N},
          {"OutOfSyncReason", "s:string", R},
          {"SecretSettings", "tns:SecretSettings", R},
          {"SecretPermissions", "tns:SecretPermissions", R},
          {"Active", "s:boolean", V}}},
        {"ArrayOfSecretItem", {{"SecretItem", "tns:SecretItem", M}}},
        {"SecretItem",
         {{"Value", "s:string", R},
          {"Id", "s:int", N},
          {"FieldId", "s:int", N},
          {"FieldName", "s:string", R},
          {"IsFile", "s:boolean", V},
          {"IsNotes", "s:boolean", V},
          {"IsPassword", "s:boolean", V},
          {"FieldDisplayName", "s:string", R}}},
        {"SecretSettings",
         {{"AutoChangeEnabled", "s:boolean", N},
          {"RequiresApprovalForAccess", "s:boolean", N},
          {"RequiresComment", "s:boolean", N},
          {"CheckOutEnabled", "s:boolean", N},
          {"CheckOutChangePasswordEnabled", "s:boolean", N},
          {"ProxyEnabled", "s:boolean", N},
          {"SessionRecordingEnabled", "s:boolean", N},
          {"IsChangeToSettings", "s:boolean", V}}},
        {"SecretPermissions",
         {{"CurrentUserHasView", "s:boolean", V},
          {"CurrentUserHasEdit", "s:boolean", V},
          {"CurrentUserHasOwner", "s:boolean", V},
          {"InheritPermissionsEnabled", "s:boolean", N},
          {"IsChangeToPermissions", "s:boolean", V},
          {"Permissions", "tns:ArrayOfPermission", R}}},
        {"ArrayOfPermission", {{"Permission", "tns:Permission", M}}},
        {"Permission",
         {{"UserOrGroup", "tns:GroupOrUserRecord", R},
          {"View", "s:boolean", V},
          {"Edit", "s:boolean", V},
          {"Owner", "s:boolean", V},
          {"SecretAccessRoleName", "s:string", R}}},
        {"GroupOrUserRecord",
         {{"Name", "s:string", R},
          {"DomainName", "s:string", R},
          {"IsUser", "s:boolean", V},
          {"GroupId", "s:int", N},
          {"UserId", "s:int", N}}},
        {"GetCheckOutStatusResult",
         {errors,
          {"Secret", "tns:Secret", R},
          {"CheckOutMinutesRemaining", "s:int", N},
          {"IsCheckedOut", "s:boolean", V},
          {"CheckOutUserDisplayName", "s:string", R},
          {"CheckOutUserId", "s:int", N}}},
    };
}

class WsdlWriter
{
public:
    explicit WsdlWriter(QByteArray *out) : m_xml(out) { m_xml.setAutoFormatting(true); }

    void write(const QString &serviceAddress);

private:
    void schemaElement(const QString &name, const QString &type, Occurs occurs);
    void types();
    void messages();
    void portType();
    void binding();
    void service(const QString &serviceAddress);
    void part(const QString &message, const QString &element);

    QXmlStreamWriter m_xml;
};

void WsdlWriter::schemaElement(const QString &name, const QString &type, Occurs occurs)
{
    m_xml.writeEmptyElement(soap::schemaNamespace(), QStringLiteral("element"));
    m_xml.writeAttribute(QStringLiteral("minOccurs"),
                         occurs == Occurs::Value || occurs == Occurs::NillableValue
                                 ? QStringLiteral("1")
                                 : QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("maxOccurs"),
                         occurs == Occurs::Repeated ? QStringLiteral("unbounded")
                                                    : QStringLiteral("1"));
    m_xml.writeAttribute(QStringLiteral("name"), name);
    if (occurs == Occurs::NillableValue)
        m_xml.writeAttribute(QStringLiteral("nillable"), QStringLiteral("true"));
    m_xml.writeAttribute(QStringLiteral("type"), type);
}

void WsdlWriter::types()
{
    const QString xsd = soap::schemaNamespace();
    m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("types"));
    m_xml.writeStartElement(xsd, QStringLiteral("schema"));
    m_xml.writeAttribute(QStringLiteral("elementFormDefault"), QStringLiteral("qualified"));
    m_xml.writeAttribute(QStringLiteral("targetNamespace"), soap::serviceNamespace());

    for (const SoapOperation &operation : SoapOperation::all()) {
        m_xml.writeStartElement(xsd, QStringLiteral("element"));
        m_xml.writeAttribute(QStringLiteral("name"), operation.name);
        m_xml.writeStartElement(xsd, QStringLiteral("complexType"));
        m_xml.writeStartElement(xsd, QStringLiteral("sequence"));
        for (const SoapParameter &parameter : operation.parameters) {
            const bool isReference = parameter.type.startsWith(QLatin1String("tns:"))
                    || parameter.type == QLatin1String("s:string");
            schemaElement(parameter.name, parameter.type,
                          isReference ? Occurs::Reference : Occurs::Value);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();

        m_xml.writeStartElement(xsd, QStringLiteral("element"));
        m_xml.writeAttribute(QStringLiteral("name"), operation.name + QLatin1String("Response"));
        m_xml.writeStartElement(xsd, QStringLiteral("complexType"));
        m_xml.writeStartElement(xsd, QStringLiteral("sequence"));
        schemaElement(operation.name + QLatin1String("Result"),
                      QLatin1String("tns:") + operation.resultType, Occurs::Reference);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    for (const SchemaType &type : schemaTypes()) {
        m_xml.writeStartElement(xsd, QStringLiteral("complexType"));
        m_xml.writeAttribute(QStringLiteral("name"), QLatin1String(type.name));
        m_xml.writeStartElement(xsd, QStringLiteral("sequence"));
        for (const SchemaField &field : type.fields)
            schemaElement(QLatin1String(field.name), QLatin1String(field.type), field.occurs);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void WsdlWriter::part(const QString &message, const QString &element)
{
    m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("message"));
    m_xml.writeAttribute(QStringLiteral("name"), message);
    m_xml.writeEmptyElement(wsdlNamespace(), QStringLiteral("part"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("parameters"));
    m_xml.writeAttribute(QStringLiteral("element"), QLatin1String("tns:") + element);
    m_xml.writeEndElement();
}

void WsdlWriter::messages()
{
    for (const SoapOperation &operation : SoapOperation::all()) {
        part(operation.name + QLatin1String("SoapIn"), operation.name);
        part(operation.name + QLatin1String("SoapOut"),
             operation.name + QLatin1String("Response"));
    }
}

void WsdlWriter::portType()
{
    m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("portType"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("SSWebServiceSoap"));
    for (const SoapOperation &operation : SoapOperation::all()) {
        m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("operation"));
        m_xml.writeAttribute(QStringLiteral("name"), operation.name);
        m_xml.writeEmptyElement(wsdlNamespace(), QStringLiteral("input"));
        m_xml.writeAttribute(QStringLiteral("message"),
                             QLatin1String("tns:") + operation.name + QLatin1String("SoapIn"));
        m_xml.writeEmptyElement(wsdlNamespace(), QStringLiteral("output"));
        m_xml.writeAttribute(QStringLiteral("message"),
                             QLatin1String("tns:") + operation.name + QLatin1String("SoapOut"));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void WsdlWriter::binding()
{
    m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("binding"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("SSWebServiceSoap"));
    m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("tns:SSWebServiceSoap"));
    m_xml.writeEmptyElement(wsdlSoapNamespace(), QStringLiteral("binding"));
    m_xml.writeAttribute(QStringLiteral("transport"),
                         QStringLiteral("http://schemas.xmlsoap.org/soap/http"));

    for (const SoapOperation &operation : SoapOperation::all()) {
        m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("operation"));
        m_xml.writeAttribute(QStringLiteral("name"), operation.name);
        m_xml.writeEmptyElement(wsdlSoapNamespace(), QStringLiteral("operation"));
        m_xml.writeAttribute(QStringLiteral("soapAction"),
                             soap::serviceNamespace() + QLatin1Char('/') + operation.name);
        m_xml.writeAttribute(QStringLiteral("style"), QStringLiteral("document"));
        for (const QString &direction : {QStringLiteral("input"), QStringLiteral("output")}) {
            m_xml.writeStartElement(wsdlNamespace(), direction);
            m_xml.writeEmptyElement(wsdlSoapNamespace(), QStringLiteral("body"));
            m_xml.writeAttribute(QStringLiteral("use"), QStringLiteral("literal"));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void WsdlWriter::service(const QString &serviceAddress)
{
    m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("service"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("SSWebService"));
    m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("port"));
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("SSWebServiceSoap"));
    m_xml.writeAttribute(QStringLiteral("binding"), QStringLiteral("tns:SSWebServiceSoap"));
    m_xml.writeEmptyElement(wsdlSoapNamespace(), QStringLiteral("address"));
    m_xml.writeAttribute(QStringLiteral("location"), serviceAddress);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void WsdlWriter::write(const QString &serviceAddress)
{
    m_xml.writeStartDocument();
    m_xml.writeNamespace(wsdlNamespace(), QStringLiteral("wsdl"));
    m_xml.writeNamespace(wsdlSoapNamespace(), QStringLiteral("soap"));
    m_xml.writeNamespace(soap::schemaNamespace(), QStringLiteral("s"));
    m_xml.writeNamespace(soap::serviceNamespace(), QStringLiteral("tns"));
    m_xml.writeStartElement(wsdlNamespace(), QStringLiteral("definitions"));
    m_xml.writeAttribute(QStringLiteral("targetNamespace"), soap::serviceNamespace());

    types();
    messages();
    portType();
    binding();
    service(serviceAddress);

    m_xml.writeEndDocument();
}
} // namespace

QByteArray WsdlDocument::build(const QString &serviceAddress)
{
    QByteArray out;
    WsdlWriter(&out).write(serviceAddress);
    return out;
}

} // namespace sandbox
