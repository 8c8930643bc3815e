#pragma once

#include <QString>

// Names the application and its organisation once, for QSettings, the keychain service
// name and the command line.
namespace ApplicationInfo {
QString name();
QString organisation();
QString version();
QString keychainService();
} // namespace ApplicationInfo
