<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetBIOS domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBM DB2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title must be 1 to %1 plain ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target IPs as addresses or ranges separated by commas, e.g. 10.0.0.5, 10.0.1.1-10.0.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 user name must be 1 to %2 ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record takes its password either from a vault or typed in, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault the scanner gets the password from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the exact name of the secret in Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret name may have at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required for %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may have at most %2 ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault title must be 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Secret Server web services URL, e.g. https://vault.example/SecretServer/webservices/SSWebService.asmx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Secret Server account the scanner signs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter that account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL, user name, password and domain may have at most 255 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessGrant</name>
    <message>
        <source>through group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, set on the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, inherited from folder %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, inherited from folder %3 via %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Grant access to one of its &amp;groups instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Server account the Qualys vault signs in as. An application account is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner appliance addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.0.5.20, 10.0.5.21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance a&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suitable account? In Secret Server: Admin &gt; Users &gt; Create New, tick Application Account, and give it a strong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account and type the appliance addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address restrictions: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address restrictions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading users and groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>&amp;Apply the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are applied in order, then each record is checked the way the appliance would use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied. Walking the scanner&apos;s path for each record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Choose a secret or a user to see its audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 is not the one you pinned.&lt;/b&gt; Someone may be intercepting the connection. Pin the new certificate only if you know the server&apos;s certificate was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this system. Compare its fingerprint with the one on the server before you trust it. It will be trusted for this host and port only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePreviewDialog</name>
    <message>
        <source>Review changes to Secret Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current state from Secret Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the change in progress finishes first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: everything is already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the changes above, then apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the current state for &quot;%1&quot;: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was sent, but reading it back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the change but does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: every change was already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckOutPolicyChange</name>
    <message>
        <source>Set the check-out policy of secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-out policy of secret %1 is already as wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require check-out on secret %1: %2 (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out interval of secret %1: %2 minutes (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password on check-in of secret %1: %2 (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require check-out: a scan fails while someone else has the secret checked out, and the scanner must check it out itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote password changing (or password change on check-in) is off on the server, so the password will not change on check-in. Turn it on in Secret Server under Admin &gt; Remote Password Changing &gt; Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the server&apos;s remote password changing settings; check Admin &gt; Remote Password Changing before relying on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password on check-in: the password a scan used changes after it; the target must accept the new one before the next scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Secret Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Corporate Secret Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://vault.example.com/SecretServer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a domain account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from the keychain when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;HTTP for this vault (not for production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted through the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the address of the Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must point at the Secret Server site, e.g. https://vault.example.com/SecretServer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Secret Server user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// sends the password unencrypted. Use https://, or confirm plain http for this vault explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned certificate needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was pinned for %1:%2 but the address now points at %3:%4. Review the certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSummary</name>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure: unencrypted HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, system certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Vault ▸ Connect…&lt;/b&gt; (Ctrl+Shift+O) to sign in to a Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything read from the vault was dropped. Enter the password to unlock (&lt;b&gt;Vault ▸ Unlock…&lt;/b&gt;, Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFolderChange</name>
    <message>
        <source>Create folder %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1 already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create folder %1 in %2; it inherits the parent&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateFolderDialog</name>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateSecretChange</name>
    <message>
        <source>Create secret %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create secret %1 from template %2 in folder %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateSecretDialog</name>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys finds the secret by this exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no Windows, Unix, Oracle, SQL Server or DB2 template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the template&apos;s fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>No saved credential for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The password will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not usable (%1). The password will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeferredChange</name>
    <message>
        <source>%1: what it applies to was not created, so it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectiveAccess</name>
    <message>
        <source>No access: no permission of the folder the secret inherits from names this user or one of their groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access: no permission on the secret names this user or one of their groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can view (role %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot view: the role %1 only lists the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectiveAccessModel</name>
    <message>
        <source>Choose a user and a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a folder chain that never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is named exactly &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; differs only in case or spacing; the scanner matches names exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;%1&quot; as the secret name in the authentication record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated secrets are not returned to the scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate the secret in Secret Server, or name an active one in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner finds the secret by its exact name and will report that authentication was not successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the secret, or correct the secret name in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault account cannot even find the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 View on the secret&apos;s folder, with inheritance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only list &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List shows the secret in searches but denies its fields, so the scanner gets no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the permission to View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing the password of &quot;%1&quot; requires Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Launcher Password is on, so View is not enough to read the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Hide Launcher Password off on the secret&apos;s Security tab rather than granting Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 on &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner only reads the password; View is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce the permission to View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires approval for access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody approves a request at scan time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Approval for Access off for this secret, or exempt the vault account from approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires a comment when viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cannot give a comment or ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Require Comment off for this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by DoubleLock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoubleLock needs a password only a person holds, whatever the account&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the scan credential to a secret without DoubleLock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is checked out by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it is checked in or the interval ends, the scanner cannot check it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 to check it in, or force a check-in as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes its password on check-in, but remote password changing is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password will not rotate after the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on remote password changing under Administration &gt; Remote Password Changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last heartbeat of &quot;%1&quot; was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password may no longer work on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a heartbeat and correct the password if it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password change did not reach the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the password change from the secret&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record logs in as &quot;%1&quot;, the secret holds &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; will not work for another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the record&apos;s user name match the secret&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services are off on Secret Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner reads passwords through the web services only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Enable Web Services under Administration &gt; Configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active secrets are named &quot;%1&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The scanner cannot tell which one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename or deactivate all but one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingList</name>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderAccessChange</name>
    <message>
        <source>Remove %1 from folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 %2 on folder %3 (secrets: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1, secrets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no permission on folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 on folder %3 (secrets: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop folder %1 inheriting permissions: its inherited entries become its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from folder %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 %2 on folder %3, secrets %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the folder&apos;s secrets is more than scanning needs: View is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder role %1 is more than scanning needs: View is enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderInheritanceChange</name>
    <message>
        <source>Let folder %1 inherit permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop folder %1 inheriting permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1 already inherits permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1 already has its own permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission inheritance of folder %1: %2 (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder&apos;s own permissions are replaced by its parent&apos;s: an account granted only here loses access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>C&amp;heck the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan credentials folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account gets View on this folder, inherited by every secret in it, and nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder exists and is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist yet; it is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Retry to ask the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMembershipChange</name>
    <message>
        <source>Add %1 to group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a member of group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to group %2 (now: not a member); %1 gets every permission the group has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationScreen</name>
    <message>
        <source>&amp;Qualys connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records that are not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the scan readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the records and secrets again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan readiness state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try reading the scan readiness again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication records and their scan readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see every finding and its fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Qualys connection is saved, so there is nothing to check. Add one on the Qualys screen (connection, user name and password), pair it with this vault if you like, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available, so the Qualys password cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password of &quot;%1&quot; from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the Qualys connection &quot;%1&quot; is in the keychain. Enter it on the Qualys screen, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the authentication records from Qualys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n record(s) in Secret Server…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n vault-backed record(s) should authenticate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the scanner should get this record&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpAllowance</name>
    <message>
        <source>%1 is not an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: allowed (no IP address restriction: logins from anywhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: allowed by %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not allowed — outside every range of this account (%2); Secret Server refuses the appliance&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpRestrictionAssignmentChange</name>
    <message>
        <source>Assign IP restriction %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has IP restriction %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign IP restriction %1 (%2) to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this, %1 can sign in only from %2 (or another range assigned to it): make sure the scanner appliances are inside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ScanVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Selected Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;Vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ScanVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ScanVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ScanVault %1&lt;/b&gt;&lt;p&gt;Sets up and verifies Qualys authenticated scans whose credentials stay in Secret Server.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (insecure HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Unencrypted: passwords and tokens cross the network in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the vault &quot;%1&quot; and its kept password? The vault itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is locked. Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Password for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up &amp;Qualys Integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionsModel</name>
    <message>
        <source>Choose a secret or a folder to see its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from the parent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A vault with this identifier exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is no longer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualysChangeRunner</name>
    <message>
        <source>Qualys accepted the change, but reading it back does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualysConnection</name>
    <message>
        <source>Enter the address of the Qualys API server, e.g. https://qualysapi.qualys.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qualys API server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Qualys platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Qualys user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned certificate belongs to another server; pin it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualysConnectionDialog</name>
    <message>
        <source>Add Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://qualysapi.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged unless typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits, colons allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with the current Secret Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair with the Secret Server profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair with the current Secret Server profile (none signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;latform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the certificate&apos;s SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Qualys password; it is kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is saved, but the keychain did not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualysPage</name>
    <message>
        <source>C&amp;onnect to Qualys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication vault tells the appliance where Secret Server is and which account to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server web services URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Qualys only; ScanVault does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Qualys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n vault(s) in the subscription.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No Qualys connection is saved; add one under Qualys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Qualys password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading vaults and records…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualysScreen</name>
    <message>
        <source>Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualys connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Qualys connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload vaults and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vau&amp;lt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete vaul&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys authentication records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading vaults and records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Secret Server to work with Qualys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Qualys connection to list its vaults and records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Qualys password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for &quot;%1&quot;: edit the connection and type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Qualys connection &quot;%1&quot; and its stored password? Nothing changes in Qualys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the vault &quot;%1&quot; from Qualys? Records that use it stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the authentication record &quot;%1&quot; from Qualys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessAssessor</name>
    <message>
        <source>Not connected to Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server has no user named &quot;%1&quot;; the vault account cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChange</name>
    <message>
        <source>%1 record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 already uses secret %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret %1 from the vault, user %2, IPs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by the ScanVault setup wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 needs the vault, which was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit authentication record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create authentication record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10.0.0.5, 10.0.1.1-10.0.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault (the password comes from Secret Server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as in Secret Server, same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway despite the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;anyway despite the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save despite the warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the secret in Secret Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the blockers below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: read the warnings, then save anyway if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Qualys connection to save the record with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the paired Secret Server so the secret can be checked before the record is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in Secret Server profile is not paired with this Qualys connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was checked on the signed-in server; the vault may read another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair the profile in the Qualys connection editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the record in Qualys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>C&amp;heck for conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record per secret. Type the IPs each record scans; the secret name must stay exactly as it is in Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the target IPs, then check for conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteListModel</name>
    <message>
        <source>%1
Retry to ask the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change on both servers, read from them just now. Nothing has been changed yet; going back changes nothing either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is already in place; applying changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading both servers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationChange</name>
    <message>
        <source>Rotate secret %1 after scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 is already checked out for %2 minutes and changes its password on check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require check-out on secret %1 for %2 minutes (now: %3) and change its password on check-in (now: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message>
        <source>&amp;Change each password when the scanner checks it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation per secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner checks each secret out for the scan; on check-in Secret Server changes the password, so the one used is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate after scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxProfile</name>
    <message>
        <source>Sandbox (example estate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Qualys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerPathCheck</name>
    <message>
        <source>Web services are turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server answers no SOAP call, so the appliance cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Enable Web Services under Admin &gt; Configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not sign in from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address restriction on the account refused this address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scanner appliances&apos; addresses to the account&apos;s IP address restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server refuses every login of the vault account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the account under Admin &gt; Users and check the vault&apos;s password in Qualys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name, password or domain of the Qualys vault is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the vault&apos;s credentials in Qualys (Authentication &gt; Vaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vault URL; the appliance must reach it, not only this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vault account&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is checked out by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it checked in, or shorten the check-out interval so scans do not collide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can list &quot;%2&quot; but not view it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the vault account View on the secret or its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault account sees no active secret named exactly &quot;%1&quot;; it may lack permission on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the record&apos;s name by letter case only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from the record&apos;s name by one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret named exactly &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the record&apos;s secret name equal the secret&apos;s name, character for character, and give the vault account View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval for access blocks the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off Require Approval for the secret, or exempt the vault account as an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require comment blocks the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off Require Comment on the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoubleLock blocks the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the scan account to a secret without DoubleLock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the restriction the server names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s path works for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed in, found the secret by its exact name and read its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; came back without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing the password requires Edit on this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off Hide Launcher Password, or give the vault account Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the secret back in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretAccessChange</name>
    <message>
        <source>Remove %1 from secret %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 %2 on secret %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no permission of its own on secret %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has %2 on secret %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop secret %1 inheriting its folder&apos;s permissions: the folder&apos;s entries are copied to the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from secret %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 %2 on secret %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than scanning needs: View is enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretAuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretDetailView</name>
    <message>
        <source>Opened secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret opened: choose one in the list and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretGeneralPage</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Out and &amp;Show Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret requires check-out. Reading its fields checks it out to you; until it is checked in, nobody else can use it, and its password may change on check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out to you. Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1 (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretHeartbeatPage</name>
    <message>
        <source>Heartbeat and password changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the last heartbeat is shown once the secret is checked out (reading it here would check it out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the last heartbeat could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;img src=&apos;:/icons/warning.svg&apos; width=&apos;14&apos; height=&apos;14&apos;/&gt; %1: the heartbeat could not log in with the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last password change attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic password changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInheritanceChange</name>
    <message>
        <source>Let secret %1 inherit its folder&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop secret %1 inheriting its folder&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission inheritance of secret %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission inheritance of secret %1: %2 (now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s own permissions are replaced by its folder&apos;s: an account granted only on the secret loses access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoubleLock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launcher password hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restricted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLookup</name>
    <message>
        <source>The secret was not found in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPermissionsPage</name>
    <message>
        <source>&amp;Inherit permissions from the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions on the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions on the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths that grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit permissions from the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role to grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its folder (every secret in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of the selected permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions on the &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can read this secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not work out who can read this secret; see the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions on folder %1 (the secret uses these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions on folder %1 (not used by the secret):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what %1 can do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the secret (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on folder %2 (inherited, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can %2 this secret: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read this secret&apos;s password: %2 only — grant View (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read this secret&apos;s password: no permission — grant View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on folder %1 (inherited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can %2 this secret: directly %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot read this secret&apos;s password: %2 only — grant View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than scanning needs: the scanner only reads the secret, so View is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 on folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 on secret %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a role on folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a role on secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a permission from folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a permission from secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission inheritance of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretSearchQuery</name>
    <message>
        <source>&quot;%1:&quot; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;is:%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretSecurityChange</name>
    <message>
        <source>Set the security settings of secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval for access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide launcher password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoubleLock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security settings of secret %1 are already as wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on secret %2: %3 (now: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval for access: the scanner cannot read the secret until someone approves each request; unattended scans fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require comment: the scanner must send a comment with every read; Qualys does not, so its scans fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoubleLock: the scanner would need the DoubleLock password; unattended scans fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DoubleLock was chosen; the server will refuse to turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretSecurityPage</name>
    <message>
        <source>Require check &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password on check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approval for access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide launcher password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DoubleLock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning DoubleLock on is done in Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require check-out blocks unattended scanning: the scan fails while someone else holds the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval for access blocks unattended scanning: each read waits for an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require comment blocks unattended scanning: Qualys sends no comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoubleLock blocks unattended scanning: the scanner has no DoubleLock password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here stops a scanner reading this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsPage</name>
    <message>
        <source>Turn off approval, comment, DoubleLock and hidden password where they stop scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the secrets the scanner uses, or create new ones from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;chine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the folder&apos;s secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret needs a name, a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretsScreen</name>
    <message>
        <source>Search (Ctrl+F): name, template:, folder:, user:, heartbeat:, is:checked-out, is:heartbeat-failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Plain words match the secret name. Qualified terms:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;template:&lt;/b&gt;name or id&lt;/li&gt;&lt;li&gt;&lt;b&gt;folder:&lt;/b&gt;path or id&lt;/li&gt;&lt;li&gt;&lt;b&gt;user:&lt;/b&gt;account in the username field&lt;/li&gt;&lt;li&gt;&lt;b&gt;heartbeat:&lt;/b&gt;status (Failed, Success…)&lt;/li&gt;&lt;li&gt;&lt;b&gt;is:&lt;/b&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Quote values with spaces: folder:&quot;Scan Credentials&quot;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secrets of all folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerChange</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Secret Server checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner appliance needs web services, and rotation needs remote password changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: version, web services, HTTPS, remote password changing and change on check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettingsScreen</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not report the setting; check it in Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Configuration &gt; General &gt; Application Settings &gt; Enable Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qualys appliance can log in to the web services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services off: the Qualys appliance cannot log in at all — every vault-backed record fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Configuration &gt; General &gt; Application Settings &gt; Enable Web Services (SOAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance&apos;s SOAP endpoint (sswebservice.asmx) answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOAP off: the appliance uses the SOAP web services and cannot read any secret — every vault-backed record fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent direct API authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Configuration &gt; General &gt; Application Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct API logins with a user name and password are refused, which is how the appliance logs in: vault-backed records fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance may log in with its user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum login failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many wrong passwords the account locks out; a vault record with a stale password can lock the Qualys account and then every record using it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Configuration &gt; Login &gt; Maximum Login Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API session timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The appliance logs in at the start of each scan; a short timeout does not affect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Configuration &gt; General &gt; Application Settings &gt; Session Timeout for Web Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Configuration &gt; Security &gt; Force HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// works; the Qualys vault record must use an https:// URL (it should anyway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is accepted: make sure the Qualys vault record uses https:// so the credentials are not sent in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Configuration &gt; Security &gt; Enable HSTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers stay on HTTPS; no effect on the appliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No effect on scanning; browsers are not told to stay on HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote password changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Remote Password Changing &gt; Edit &gt; Enable Remote Password Changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server can rotate passwords and keep targets in sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation: scanning works, but change password on check-in and automatic changes do nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Remote Password Changing &gt; Edit &gt; Enable Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password changed outside the vault shows up as a failed heartbeat before a scan fails on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stale password is only noticed when a scan fails to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change on check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Remote Password Changing &gt; Edit &gt; Enable Password Change on Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets set to change on check-in get a new password after each scan; a failed change leaves the target out of sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in never changes a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default check-out interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-out-enabled secret read by a scan stays checked out to the Qualys account this long; other scans and people using it wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default interval set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin &gt; Remote Password Changing &gt; Edit &gt; Check Out Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services off: the Qualys appliance cannot log in at all — every vault-backed record fails. The server refused this console&apos;s reads too, so the other settings cannot be shown; turn web services on in Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the settings again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) block vault-backed scanning.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No server setting blocks vault-backed scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read part of the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Console settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied passwords after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied passwords after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after the console restarts. Fewer requests at once go easier on a busy Secret Server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupController</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile&apos;s address and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account the scanner signs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s View does not reach the account that signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2 in Admin &gt; Groups, or grant the account itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a folder name without backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Qualys connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the record&apos;s fields on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two records of one type cannot share IPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each record its own targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant %1 View on folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 View on folder %2 and View on its secrets, inherited by the secrets and sub-folders in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create secret %1 from template %2 in folder %3; password: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret %1 after scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require check-out on secret %1 for %2 minutes and change its password on check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the service account&apos;s password on the Qualys page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupFindings</name>
    <message>
        <source>Secret Server version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner appliance talks to its SOAP web services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general configuration could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether web services are on is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator with the Administer Configuration role permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services are turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner appliance reads passwords through the SOAP web services; with them off every vault-backed scan fails to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Secret Server: Admin &gt; Configuration &gt; General &gt; Application Settings &gt; Edit, turn on Enable Web Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS is not forced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appliance sends the service account&apos;s password to the web services; over plain HTTP it could be read on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Secret Server: Admin &gt; Configuration &gt; Security &gt; Edit, turn on Force HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote password changing settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether passwords can change after each scan is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to check Admin &gt; Remote Password Changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote password changing is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server cannot change a password after the scanner checked it in, so scan passwords stay the same until someone changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Secret Server: Admin &gt; Remote Password Changing &gt; Edit, turn on Enable Remote Password Changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change on check-in is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets can be checked out, but their password does not change when the scanner checks them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Secret Server: Admin &gt; Remote Password Changing &gt; Edit, turn on Enable Password Change on Check In.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled or locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Secret Server: Admin &gt; Users &gt; %1, enable or unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an application account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application account cannot sign in to the web interface, so its password is only good for the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dedicated application account in Admin &gt; Users &gt; Create New, with Application Account ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in from any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP address restriction limits where the account is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider an IP address restriction holding only the scanner appliances: Admin &gt; IP Address Restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance %1 may not sign in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s IP address restrictions allow only %1; a login from the appliance is refused and every scan fails to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Secret Server: Admin &gt; IP Address Restrictions, add %1 to a restriction assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 on the folder&apos;s secrets and %3 on the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning only needs View. With more, a leaked service account password lets someone change or delete the scan secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower it to View in the folder&apos;s Sharing tab; the wizard sets View for the account it grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hides its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Hide Launcher Password, View is not enough to read the password through the web services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not inherit the folder&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View on the folder does not reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard grants the account View on this secret itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard turns it off (listed on the review page first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps its password after scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without check-out and change on check-in, the password the scanner used stays valid until someone changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn rotation on here, or set it on the secret&apos;s Security tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot rotate after scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote password changing does not work for template %1 on this server, so check-out is left as it is and the password stays the same after each scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on remote password changing (Admin &gt; Remote Password Changing) and give the template a password changer, then run the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes its password when the scanner checks it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out for %1 minutes covers a scan; the password changes when it is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the IPs are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type addresses, ranges (a-b) or subnets (a/n), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the IPs of this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is reused and updated to use secret %1 from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another title to leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys allows each IP in one record of a type only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the shared IPs here or from record %1 in Qualys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSummary</name>
    <message>
        <source>Everything was already in place; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in place</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (secret %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScanVault setup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created or changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner path per record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to do by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner path per record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to do by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up vault-backed scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the setup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersGroupsScreen</name>
    <message>
        <source>&amp;Add to group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign restriction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group to add the user to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address restriction to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner appliance addresses, e.g. 10.0.0.5, 10.0.0.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner appliance addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP address restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliance a&amp;ddresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the IP address restrictions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an application account (API logins only, as a scanner needs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out: every vault-backed record using this account fails until it is unlocked (Admin &gt; Users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: this account cannot log in; every record using it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the restrictions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (range unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: logins allowed from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user to check the appliance addresses against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the scanner appliance addresses to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the restrictions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultChange</name>
    <message>
        <source>Authentication vault %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault %1 already points at %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update vault %1: URL %2 (now %3), account %4 (now %5), password: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault %1 of type %2: URL %3, account %4, password: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault named %1 exists but is of type %2; choose another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the service account&apos;s password so Qualys can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by the ScanVault setup wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <source>Edit vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server web service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault account user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault account password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged unless typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required; Qualys never shows it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault account domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Qualys connection to save the vault with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>No keychain is available (%1), so the password cannot be kept. Enter it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is kept for this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not give the password (%1). Enter it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for vault-backed authenticated vulnerability scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a running scanvault-sandbox described by the ready line it printed, saved in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qualys::AuthRecordModel</name>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qualys::AuthVaultModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qualys::IntegrationModel</name>
    <message>
        <source>The record&apos;s vault is not a Secret Server vault with a known account, so its secret cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server gave no verdict for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qualys::QualysClient</name>
    <message>
        <source>The Qualys connection needs an API server, a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP %1) instead of Qualys XML. Check the API server address of the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qualys API server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qualys answer (HTTP %1) is not valid XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys refused the login. The user name or password is wrong, the account has no API access, or it belongs to another platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys&apos; API limit is reached (code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys refused the request (code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qualys API answered HTTP %1 without an error description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qualys answer has an unexpected shape (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualys pointed the next page at another server (%1); it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qualys::QualysConnectionStore</name>
    <message>
        <source>The connection could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secretserver</name>
    <message>
        <source>Secret Server did not accept the session%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s role does not allow this%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret needs a comment, approval, DoubleLock or check-out first%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server does not know this object%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services are disabled on this Secret Server (Administration &gt; Configuration &gt; Enable Web Services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server had an internal error (HTTP %1)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server refused the request (HTTP %1)%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secretserver::HttpChannel</name>
    <message>
        <source>This connection uses http://, which is not encrypted. Confirm it in the vault&apos;s settings or use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the allowed %1 bytes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to %1://%2; only redirects to https:// on the same host are followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 is not the one pinned for this vault. Someone may be intercepting the connection. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted. Check its fingerprint and pin it if it is the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than the allowed %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secretserver::RestReply</name>
    <message>
        <source>Secret Server answered with a web page instead of data. Check that the address points at the Secret Server site root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server&apos;s answer is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server answered HTTP %1 with a web page instead of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server refused the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secretserver::SoapClient</name>
    <message>
        <source>The web service answered HTTP %1 with a web page instead of a SOAP message. Check the web service address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web service&apos;s answer is not a SOAP message (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web service refused the request (SOAP fault): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web service&apos;s answer to %1 has an unexpected shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Server&apos;s web service answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web service gave no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web service returned neither the secret nor a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
