#!/usr/bin/env pwsh
<#
.SYNOPSIS
    The one entry point of FashionMnist: build, test, data, the challenge, experiments, benchmark.
.DESCRIPTION
    Run from the repository with the local PowerShell tool:
        dotnet tool restore
        dotnet pwsh ./build.ps1 <Task>
    Tasks:
        Build        compile everything and lay out the module in modules/FashionMnist
        Test         Build, then run every NUnit test; prints "N passed, N failed"
        Bench        seconds per epoch, GFLOP/s, load and inference timings (figs/bench.json)
.EXAMPLE
    dotnet pwsh ./build.ps1 Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Bench')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = $PSScriptRoot
$Solution = Join-Path $Root 'FashionMnist.sln'

function Invoke-Native {
    # Runs an external command and stops the build when it fails.
    param([string] $Command, [string[]] $Arguments)
    Write-Host "> $Command $($Arguments -join ' ')" -ForegroundColor DarkGray
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command failed with exit code $LASTEXITCODE." }
}

$ModuleFolder = Join-Path $Root 'modules/FashionMnist'
$ModuleLib = Join-Path $ModuleFolder 'lib'

function Get-RuntimeIdentifier {
    # The native SkiaSharp library is picked per OS and CPU, so publish for the machine we run on.
    $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
    $arch = switch ([System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture) {
        'Arm64' { 'arm64' }
        'X64' { 'x64' }
        default { throw "No published runtime for CPU architecture $_." }
    }
    "$os-$arch"
}

function Invoke-Build {
    Invoke-Native dotnet @('build', $Solution, '-c', $Configuration, '--nologo', '-v', 'minimal')
    # Lay out the module: publish (a separate process, so no pwsh holding the DLL is involved) puts the
    # NuGet and native dependencies beside the module DLL, where PowerShell and the runtime look for them.
    $project = Join-Path $Root 'src/FashionMnist.PowerShell/FashionMnist.PowerShell.csproj'
    if (Test-Path $ModuleLib) { Remove-Item $ModuleLib -Recurse -Force }
    Invoke-Native dotnet @('publish', $project, '-c', $Configuration, '-r', (Get-RuntimeIdentifier),
        '--self-contained', 'false', '-o', $ModuleLib, '--nologo', '-v', 'minimal')
}

function Invoke-Test {
    Invoke-Build
    $results = Join-Path $Root 'TestResults'
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    Write-Host "> dotnet test $Solution" -ForegroundColor DarkGray
    & dotnet test $Solution -c $Configuration --no-build --nologo --logger 'trx' --results-directory $results
    $testExit = $LASTEXITCODE
    # dotnet test prints no single summary line that CI reads: total the TRX files.
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem $results -Filter *.trx -ErrorAction SilentlyContinue) {
        $counters = ([xml](Get-Content $trx.FullName -Raw)).TestRun.ResultSummary.Counters
        $passed += [int]$counters.passed
        $failed += [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
        $skipped += [int]$counters.notExecuted
    }
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($testExit -ne 0 -or $failed -gt 0) { throw "Tests failed (dotnet test exit code $testExit)." }
    if ($passed -eq 0) { throw 'No test ran.' }
}

function Invoke-Bench {
    $project = Join-Path $Root 'src/FashionMnist.Bench/FashionMnist.Bench.csproj'
    Invoke-Native dotnet @('run', '--project', $project, '-c', 'Release', '--', '--output', (Join-Path $Root 'figs/bench.json'))
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Bench' { Invoke-Bench }
}
