; Inno Setup 6 script: the Windows installer for XWMS Wizard.
;
; Per-user install, no administrator rights: the app goes to
; %LOCALAPPDATA%\Programs\XWMS Wizard, with a Start-menu shortcut and, if
; chosen, a desktop one. Uninstalling leaves the owner's data
; (%APPDATA%\xwms-wizard: practice data, saved setups) unless they say yes
; to removing it too.
;
; Built by `python packaging/build.py --installer` (or --installer-only), which
; passes the version from xwms_wizard.__version__:
;   ISCC /DAppVersion=1.2.3 /DAppVersionNumeric=1.2.3.0 /DBundleDir=...\dist\xwms-wizard
;        /DOutputDir=...\dist packaging\windows\xwms-wizard.iss

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=1.2.3 (packaging/build.py --installer-only does this)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\xwms-wizard"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "XWMS Wizard"
#define AppExe "xwms-wizard.exe"
#define DataFolder "xwms-wizard"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{E1671F71-C8C1-4D5A-A41A-AA9E517B092A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=xwms-wizard
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=xwms-wizard-{#AppVersion}-setup
SetupIconFile=..\icons\xwms-wizard.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running wizard before files are replaced or removed.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
english.RemoveDataQuestion=Also remove your practice data and saved setups?%n%nThey are in %1. Choose No to keep them for when you install the wizard again.
dutch.RemoveDataQuestion=Ook je oefengegevens en bewaarde instellingen verwijderen?%n%nZe staan in %1. Kies Nee om ze te bewaren voor als je de wizard opnieuw installeert.
english.RemoveDataFailed=Some files in %1 could not be removed. You can delete that folder yourself.
dutch.RemoveDataFailed=Sommige bestanden in %1 konden niet worden verwijderd. Je kunt die map zelf verwijderen.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The owner's data is theirs: removed only when they say so, never in a silent uninstall. }
function PlainMessage(const Name, Arg: String): String;
var
  Text: String;
begin
  Text := CustomMessage(Name);
  { The compiler turns %n into line breaks already; this keeps it so if it ever does not. }
  StringChangeEx(Text, '%n', #13#10, True);
  Result := FmtMessage(Text, [Arg]);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{userappdata}\{#DataFolder}');
  if UninstallSilent or not DirExists(DataDir) then
    Exit;
  if MsgBox(PlainMessage('RemoveDataQuestion', DataDir),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(DataDir, True, True, True) then
      MsgBox(PlainMessage('RemoveDataFailed', DataDir), mbError, MB_OK);
  end;
end;
