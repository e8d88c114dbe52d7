#!/usr/bin/env pwsh
<#
.SYNOPSIS
    The course challenge, steps 0-9, as a pipeline of the FashionMnist cmdlets.
.DESCRIPTION
    Reads data/train.csv (./build.ps1 Data writes it; without it the official files are read), prints what the
    challenge asks for (X_raw shape, class distribution, parameters per layer, per-epoch losses, train/valid/test
    accuracy), writes the five figures into figs/ and figs/results.json (configuration, seed, per-epoch history,
    accuracies, confusion matrix, timings), atomically. Run it with `dotnet pwsh ./build.ps1 Challenge`, or directly
    after `./build.ps1 Build`.
.EXAMPLE
    dotnet pwsh ./scripts/run-challenge.ps1 -Epochs 5
#>
[CmdletBinding()]
param(
    [string] $Root = (Split-Path $PSScriptRoot),
    [int[]] $Hidden = @(64, 32),
    [ValidateSet('ReLU', 'Sigmoid', 'Tanh')] [string] $Activation = 'ReLU',
    # Unset, Invoke-Training's defaults apply (learning rate 0.2 with cosine decay, plain SGD).
    [double] $LearningRate,
    [int] $BatchSize = 128,
    [int] $Epochs = 20,
    [int] $Seed = 100
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Set-Location -LiteralPath $Root
# Colour codes are noise in a log file; keep them for a terminal.
if ([Console]::IsOutputRedirected) { $PSStyle.OutputRendering = 'PlainText' }
Import-Module (Join-Path $Root 'modules/FashionMnist') -Force
$figs = Join-Path $Root 'figs'
$clock = [System.Diagnostics.Stopwatch]::StartNew()
$timings = [ordered]@{}
function Step([string] $Title) { Write-Host "`n== $Title" -ForegroundColor Cyan }
function Lap([string] $Name) { $timings[$Name] = [math]::Round($clock.Elapsed.TotalSeconds, 3); $clock.Restart() }

# 0) Seed: every random choice below (split, initial weights, shuffles) takes it explicitly.
Step "0) Seed $Seed"

# 1) Load + brief EDA
Step '1) Load data/train.csv'
$csv = Join-Path $Root 'data/train.csv'
$data = if (Test-Path $csv) { Import-FashionData -Path $csv } else {
    Write-Warning "$csv not found (./build.ps1 Data writes it): reading the official files instead."
    Import-FashionData
}
Lap 'load'
Write-Host "X_raw.shape = $([FashionMnist.PowerShell.TextTables]::Shape($data))"
$counts = $data.ClassCounts()
0..9 | ForEach-Object { [pscustomobject]@{ Label = $_; Class = [FashionMnist.Data.ClassNames]::Of($_); Images = $counts[$_] } } |
    Format-Table -AutoSize | Out-Host
$data | Export-PixelValues -Index 0 -Path (Join-Path $figs 'fig_fm_imagen_0_con_valores.png')
$data | Export-SampleGrid -Rows 2 -Columns 5 -Path (Join-Path $figs 'fig_fm_10_ejemplos.png')

# 2) Preprocessing: X/255 and one-hot happen per batch inside the trainer; the split is explicit.
Step '2) Split train/valid/test 80/10/10'
$split = $data | Split-FashionData -Train 0.8 -Valid 0.1 -Test 0.1 -Seed $Seed
Write-Host ("train {0}, valid {1}, test {2}" -f $split.Train.Count, $split.Valid.Count, $split.Test.Count)

# 3-4) Architecture and initialisation
Step "3-4) Network 784-$($Hidden -join '-')-10, $Activation, weights N(0,1)*0.01, biases 0"
$mlp = New-Mlp -Hidden $Hidden -Activation $Activation -InitScale 0.01 -Seed $Seed
$mlp.Layers | ForEach-Object -Begin { $i = 0 } -Process {
    [pscustomobject]@{ Layer = $i++; W = "$($_.Inputs)x$($_.Outputs)"; b = $_.Outputs; Parameters = $_.ParameterCount }
} | Format-Table -AutoSize | Out-Host
Write-Host "Total parameters: $($mlp.ParameterCount)"

# 5-8) Forward, cross-entropy, backpropagation, mini-batch training
$training = @{ Model = $mlp; BatchSize = $BatchSize; Epochs = $Epochs; Seed = $Seed }
if ($PSBoundParameters.ContainsKey('LearningRate')) { $training.LearningRate = $LearningRate }
Step "5-8) Training: $Epochs epochs, batch $BatchSize, mini-batch SGD"
$run = $split | Invoke-Training @training
Lap 'train'
Write-Host ("learning rate {0} ({1} schedule), optimizer {2}" -f $run.Options.LearningRate, $run.Options.Schedule, $run.Options.Optimizer)
$run.History | Format-Table Epoch, @{ n = 'loss_train'; e = { '{0:F4}' -f $_.TrainLoss } }, @{ n = 'loss_val'; e = { '{0:F4}' -f $_.ValidLoss } },
    @{ n = 'acc_val'; e = { '{0:P2}' -f $_.ValidAccuracy } }, @{ n = 'seconds'; e = { '{0:F2}' -f $_.Seconds } } -AutoSize | Out-Host
$run | Export-LossPlot -Path (Join-Path $figs 'fig_fm_loss_train_val.png')

# 9) Evaluation and errors
Step '9) Accuracy, confusion matrix, errors'
$measured = [ordered]@{}
foreach ($set in 'Train', 'Valid', 'Test') { $measured[$set] = $run | Measure-Mlp -Set $set }
Lap 'evaluate'
$measured.Values | Format-Table Set, Count, @{ n = 'Accuracy'; e = { '{0:P2}' -f $_.Accuracy } }, @{ n = 'Loss'; e = { '{0:F4}' -f $_.Loss } } -AutoSize | Out-Host
$test = $measured['Test']
Write-Host 'Confusion matrix (test; rows = actual, columns = predicted):'
Write-Host ([FashionMnist.PowerShell.TextTables]::Confusion($test.ConfusionMatrix))
Write-Host "`nMost confused pairs (test):"
$test.ConfusionMatrix.MostConfused(3) | ForEach-Object { Write-Host ("  {0} -> {1}: {2}" -f $_.ActualName, $_.PredictedName, $_.Count) }
$test | Export-ConfusionMatrix -Path (Join-Path $figs 'fig_fm_confusion_matrix.png')
$test | Export-ErrorGrid -Rows 3 -Columns 4 -Path (Join-Path $figs 'fig_fm_errores_grid.png')
# The trained model, for scripts/analyze-errors.fsx and Import-Mlp.
$run | Export-Mlp -Path (Join-Path $figs 'model.fmlp') -Force
Lap 'figures'

$matrix = $test.ConfusionMatrix
$results = [ordered]@{
    configuration = [ordered]@{
        data = [IO.Path]::GetRelativePath($Root, $data.Source); architecture = $run.Architecture; activation = $Activation; initScale = 0.01
        optimizer = "$($run.Options.Optimizer)"; learningRate = $run.Options.LearningRate; schedule = "$($run.Options.Schedule)"
        batchSize = $BatchSize; epochs = $Epochs
        split = [ordered]@{ train = $split.Train.Count; valid = $split.Valid.Count; test = $split.Test.Count }
        parametersPerLayer = @($mlp.Layers | ForEach-Object ParameterCount)
    }
    seed = $Seed
    history = @($run.History | ForEach-Object { [ordered]@{ epoch = $_.Epoch; lossTrain = $_.TrainLoss; lossValid = $_.ValidLoss; accuracyTrain = $_.TrainAccuracy; accuracyValid = $_.ValidAccuracy; seconds = $_.Seconds } })
    accuracy = [ordered]@{ train = $measured['Train'].Accuracy; valid = $measured['Valid'].Accuracy; test = $test.Accuracy }
    confusionMatrix = [ordered]@{ set = 'Test'; classes = [FashionMnist.Data.ClassNames]::All; counts = @(0..9 | ForEach-Object { $a = $_; , @(0..9 | ForEach-Object { $matrix[$a, $_] }) }) }
    timingsSeconds = $timings
}
$json = Join-Path $figs 'results.json'
[FashionMnist.Persistence.AtomicFile]::WriteAllText($json, ($results | ConvertTo-Json -Depth 6))

Step 'Done'
Write-Host ("Accuracy: train {0:P2}, valid {1:P2}, test {2:P2}" -f $measured['Train'].Accuracy, $measured['Valid'].Accuracy, $test.Accuracy)
Write-Host "Figures and results.json are in $figs"
Get-ChildItem $figs -Filter 'fig_fm_*' | ForEach-Object { Write-Host "  $($_.Name)" }
