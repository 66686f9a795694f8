#pragma once

#include <QStringList>

#include <memory>

class QSettings;

// The program's own settings (not the campaign file's), read and written in this one typed place.
// Tests pass an INI path so they never touch the user's settings.
class AppSettings
{
public:
    enum class Language { System, Chinese, English };

    AppSettings();                                // the user's settings
    explicit AppSettings(const QString& iniPath); // a private file, for tests
    ~AppSettings();

    Language language() const;
    void setLanguage(Language language);
    // "zh_CN" or "en" after applying System to `systemLocaleName` (e.g. QLocale::system().name()).
    static QString languageCode(Language language, const QString& systemLocaleName);

    QString lastFile() const;
    void setLastFile(const QString& path);
    // Most recent first, at most maxRecentFiles, no duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    static constexpr int maxRecentFiles = 8;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray& state);

private:
    std::unique_ptr<QSettings> m_settings;
};
