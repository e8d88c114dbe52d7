#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Writes the module's MAML help from FashionMnist.help.psd1 and the built cmdlets' parameter metadata.
.DESCRIPTION
    Texts (synopsis, description, parameter descriptions, examples) come from the readable source; names,
    types, positions, parameter sets and pipeline input come from the built module, so the help cannot drift
    from the code. Fails when a cmdlet or a parameter has no text. Run in its own process (build.ps1 does):
    it imports the module, and an imported DLL stays loaded.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $OutFile,
    [string] $Source = (Join-Path $PSScriptRoot 'FashionMnist.help.psd1')
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$help = Import-PowerShellDataFile $Source
$module = Import-Module $ModulePath -PassThru
$common = [System.Management.Automation.Cmdlet]::CommonParameters + 'UseTransaction'   # -WhatIf and -Confirm are documented
$fileParameters = @{} + $help.FileParameters
function X([string] $text) { [System.Security.SecurityElement]::Escape($text) }

function Get-ParameterText([string] $cmdlet, [string] $name) {
    $texts = $help.Cmdlets[$cmdlet].Parameters
    if ($texts.ContainsKey($name)) { return $texts[$name] }
    if ($fileParameters.ContainsKey($name)) { return $fileParameters[$name] }
    throw "No help text for parameter -$name of $cmdlet in $Source."
}

function Get-PipelineInput($attributes) {
    $attributes = @($attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
    $kinds = @()
    if ($attributes | Where-Object ValueFromPipeline) { $kinds += 'ByValue' }
    if ($attributes | Where-Object ValueFromPipelineByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function Format-Parameter($cmdlet, $parameter, $attribute, [switch] $Full) {
    $isSwitch = $parameter.ParameterType -eq [switch]
    $position = if ($attribute.Position -ge 0) { $attribute.Position } else { 'named' }
    $type = $parameter.ParameterType
    $values = if ($type.IsEnum) { ($type.GetEnumNames() | ForEach-Object { "<command:parameterValueGroup><command:parameterValue required=`"false`" variableLength=`"false`">$_</command:parameterValue></command:parameterValueGroup>" }) -join '' } else { '' }
    $lines = @(
        "<command:parameter required=`"$($attribute.Mandatory.ToString().ToLower())`" variableLength=`"$($type.IsArray.ToString().ToLower())`" globbing=`"false`" pipelineInput=`"$(Get-PipelineInput $parameter.Attributes)`" position=`"$position`" aliases=`"$(if ($parameter.Aliases.Count) { $parameter.Aliases -join ', ' } else { 'none' })`">"
        "<maml:name>$($parameter.Name)</maml:name>"
        "<maml:description><maml:para>$(X (Get-ParameterText $cmdlet $parameter.Name))</maml:para></maml:description>"
    )
    if (-not $isSwitch) { $lines += "<command:parameterValue required=`"true`" variableLength=`"$($type.IsArray.ToString().ToLower())`">$(X $type.Name)</command:parameterValue>" }
    if ($Full) { $lines += "<dev:type><maml:name>$(X $type.FullName)</maml:name></dev:type><dev:defaultValue>None</dev:defaultValue>" }
    if ($values -and -not $Full) { $lines += $values }
    $lines += '</command:parameter>'
    $lines -join "`n"
}

$commands = foreach ($name in $help.Cmdlets.Keys | Sort-Object) {
    $text = $help.Cmdlets[$name]
    $info = Get-Command $name -Module $module.Name
    $parameters = $info.Parameters.Values | Where-Object Name -NotIn $common
    foreach ($p in $parameters) { $null = Get-ParameterText $name $p.Name }   # every parameter has a text

    $syntax = foreach ($set in $info.ParameterSets) {
        $items = foreach ($p in $set.Parameters | Where-Object Name -NotIn $common) {
            $attribute = [pscustomobject]@{ Mandatory = $p.IsMandatory; Position = $p.Position }
            Format-Parameter $name $info.Parameters[$p.Name] $attribute
        }
        "<command:syntaxItem><maml:name>$name</maml:name>`n$($items -join "`n")`n</command:syntaxItem>"
    }
    $details = foreach ($p in $parameters) {
        $mandatory = [bool]($p.ParameterSets.Values | Where-Object IsMandatory)
        $position = ($p.ParameterSets.Values | ForEach-Object Position | Sort-Object | Select-Object -First 1)
        Format-Parameter $name $p ([pscustomobject]@{ Mandatory = $mandatory; Position = $position }) -Full
    }
    $inputs = $parameters | Where-Object { (Get-PipelineInput $_.Attributes) -ne 'False' } |
        ForEach-Object { "<command:inputType><dev:type><maml:name>$(X $_.ParameterType.FullName)</maml:name></dev:type><maml:description><maml:para>-$($_.Name)</maml:para></maml:description></command:inputType>" }
    $outputs = $info.OutputType | ForEach-Object { "<command:returnValue><dev:type><maml:name>$(X $_.Name)</maml:name></dev:type></command:returnValue>" }
    $i = 0
    $examples = foreach ($example in $text.Examples) {
        $i++
        "<command:example><maml:title>-------------------------- Example $i --------------------------</maml:title><dev:code>$(X $example.Code)</dev:code><dev:remarks><maml:para>$(X $example.Remarks)</maml:para></dev:remarks></command:example>"
    }
    $verb, $noun = $name -split '-', 2
    @"
<command:command xmlns:maml="http://schemas.microsoft.com/maml/2004/10" xmlns:command="http://schemas.microsoft.com/maml/dev/command/2004/10" xmlns:dev="http://schemas.microsoft.com/maml/dev/2004/10">
<command:details><command:name>$name</command:name><command:verb>$verb</command:verb><command:noun>$noun</command:noun>
<maml:description><maml:para>$(X $text.Synopsis)</maml:para></maml:description></command:details>
<maml:description><maml:para>$(X $text.Description)</maml:para></maml:description>
<command:syntax>
$($syntax -join "`n")
</command:syntax>
<command:parameters>
$($details -join "`n")
</command:parameters>
<command:inputTypes>$($inputs -join '')</command:inputTypes>
<command:returnValues>$($outputs -join '')</command:returnValues>
<command:examples>$($examples -join "`n")</command:examples>
</command:command>
"@
}

$missing = $module.ExportedCmdlets.Keys | Where-Object { -not $help.Cmdlets.ContainsKey($_) }
if ($missing) { throw "No help in $Source for: $($missing -join ', ')." }
$xml = "<?xml version=`"1.0`" encoding=`"utf-8`"?>`n<!-- Generated by src/FashionMnist.PowerShell/Help/Build-Help.ps1 from FashionMnist.help.psd1; do not edit. -->`n<helpItems schema=`"maml`" xmlns=`"http://msh`">`n$($commands -join "`n")`n</helpItems>`n"
$null = New-Item -ItemType Directory -Force (Split-Path $OutFile)
[System.IO.File]::WriteAllText($OutFile, $xml, [System.Text.UTF8Encoding]::new($false))
Write-Host "Wrote help for $($help.Cmdlets.Count) cmdlets to $OutFile"
